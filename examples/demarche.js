// The only script of the page: registering Socle's form elements and the commune field (its data, embedded,
// load when the field is first used). The procedure itself is plain HTML.
import '@socle/forms/define';
import '@socle/referentiels/commune-field';
