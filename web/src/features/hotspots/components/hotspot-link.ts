import { hrefOfRecord, ROUTES } from '../../../app/router';

/** The link to a point's or hotspot's page. */
export const hotspotHref = (id: string): string => hrefOfRecord(ROUTES.hotspots, id);
