import type { Feature } from '../app/feature';
import { casesFeature } from './cases';
import { deskFeature } from './desk';
import { customersFeature } from './customers';
import { followUpsFeature } from './followUps';
import { surveysFeature } from './surveys';
import { improvementsFeature } from './improvements';
import { returnsFeature } from './returns';
import { reportsFeature } from './reports';
import { settingsFeature } from './settings';
import { peopleFeature } from './people';
import { statusFeature } from './status';

/**
 * The console's areas, in navigation order. To add one, create src/features/<name>/index.ts exporting a
 * Feature and list it here.
 */
export const features = [
  casesFeature,
  deskFeature,
  returnsFeature,
  customersFeature,
  followUpsFeature,
  surveysFeature,
  improvementsFeature,
  reportsFeature,
  settingsFeature,
  peopleFeature,
  statusFeature,
] as const satisfies readonly Feature[];
