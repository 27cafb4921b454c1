// The only script of the page: registering the element. Everything else is plain HTML.
import '@socle/forms/text-field';
