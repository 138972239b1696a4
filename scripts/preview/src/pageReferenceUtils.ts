/** `lightning/pageReferenceUtils` for the preview. */
export { encodeDefaultFieldValues, decodeDefaultFieldValues } from './navigation';
