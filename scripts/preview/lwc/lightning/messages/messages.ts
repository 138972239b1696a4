/** Preview stand-in for lightning-messages: the preview record form shows its errors itself. */
import { LightningElement } from 'lwc';

export default class Messages extends LightningElement {}
