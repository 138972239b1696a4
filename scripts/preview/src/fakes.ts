/** Every fake controller module of the preview: one import line each (see apexRegistry.ts). */
import './fakeWorkspace';
import './fakeHome';
import './fakeSetup';
import './fakeRelationshipMap';
import './fakeReview';
import './fakeHistory';
import './fakeCarryForward';
import './fakeHealth';
