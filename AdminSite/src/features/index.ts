import type { Feature } from '../app/feature';
import { casesFeature } from './cases';
import { customersFeature } from './customers';
import { followUpsFeature } from './followUps';
import { surveysFeature } from './surveys';
import { improvementsFeature } from './improvements';
import { reportsFeature } from './reports';
import { settingsFeature } from './settings';
import { peopleFeature } from './people';
import { statusFeature } from './status';

/**
 * The console's areas, in navigation order. To add one, create src/features/<name>/index.ts exporting a
 * Feature and list it here.
 */
export const features: Feature[] = [
  casesFeature,
  customersFeature,
  followUpsFeature,
  surveysFeature,
  improvementsFeature,
  reportsFeature,
  settingsFeature,
  peopleFeature,
  statusFeature,
];
