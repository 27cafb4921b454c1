// The only script of the page: registering Socle's form elements. The procedure itself is plain HTML.
import '@socle/forms/define';
