/** Entry of the preview bundle: synthetic shadow first (SLDS classes must reach inside components), then the shell. */
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'preview/app';

const root = document.getElementById('root');
if (root) root.appendChild(createElement('preview-app', { is: App }));
