// Distances on the Earth and the boxes a radius fits in: the nearby-stores query narrows candidates
// with a box on an index, then measures each one exactly with the haversine formula.

/** Mean Earth radius (IUGG), in statute miles. */
export const EARTH_RADIUS_MILES = 3958.8;

export interface Point {
  lat: number;
  lon: number;
}

/** A latitude/longitude rectangle in degrees; never crosses the antimeridian (that makes two). */
export interface Box {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
}

const RAD = Math.PI / 180;

/** A point the formulas can use: finite, latitude within ±90, longitude within ±180. */
export function isValidPoint(p: { lat: number | null; lon: number | null } | null | undefined): p is Point {
  if (!p || p.lat === null || p.lon === null) return false;
  return Number.isFinite(p.lat) && Number.isFinite(p.lon) && Math.abs(p.lat) <= 90 && Math.abs(p.lon) <= 180;
}

/** Great-circle distance in miles (haversine: stable for short distances, exact on a sphere). */
export function haversineMiles(a: Point, b: Point): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Boxes that together hold every point within `radiusMiles` of `center` (a superset: corners are
 * farther). Near a pole the circle holds every longitude; across the antimeridian it is two boxes.
 * The radius is padded by a hair so rounding can never drop a point lying exactly on the circle.
 */
export function boundingBoxes(center: Point, radiusMiles: number): Box[] {
  const delta = (Math.max(0, radiusMiles) * (1 + 1e-9)) / EARTH_RADIUS_MILES + 1e-12; // angular radius, radians
  const lat = center.lat * RAD;
  const minLat = lat - delta;
  const maxLat = lat + delta;
  const toDeg = (r: number) => r / RAD;
  if (delta >= Math.PI || minLat <= -Math.PI / 2 || maxLat >= Math.PI / 2) {
    // The circle reaches a pole: every longitude is within reach at some latitude of the band.
    return [{ minLat: Math.max(-90, toDeg(minLat)), maxLat: Math.min(90, toDeg(maxLat)), minLon: -180, maxLon: 180 }];
  }
  // The widest longitude the circle spans (at the latitude where it is tangent to a meridian).
  const dLon = Math.asin(Math.min(1, Math.sin(delta) / Math.cos(lat)));
  const lon = center.lon * RAD;
  const minLon = toDeg(lon - dLon);
  const maxLon = toDeg(lon + dLon);
  const band = { minLat: toDeg(minLat), maxLat: toDeg(maxLat) };
  if (minLon < -180)
    return [
      { ...band, minLon: minLon + 360, maxLon: 180 },
      { ...band, minLon: -180, maxLon },
    ];
  if (maxLon > 180)
    return [
      { ...band, minLon, maxLon: 180 },
      { ...band, minLon: -180, maxLon: maxLon - 360 },
    ];
  return [{ ...band, minLon, maxLon }];
}

export function inBox(p: Point, box: Box): boolean {
  return p.lat >= box.minLat && p.lat <= box.maxLat && p.lon >= box.minLon && p.lon <= box.maxLon;
}

export interface Placed {
  lat: number | null;
  lon: number | null;
}

/**
 * From candidates (what the boxes found), those within the radius, nearest first, with their
 * distance in miles; ties keep the candidates' order, so the answer is stable.
 */
export function nearestWithin<T extends Placed>(
  center: Point,
  candidates: readonly T[],
  radiusMiles: number,
  limit: number,
): (T & { miles: number })[] {
  const measured: (T & { miles: number })[] = [];
  for (const candidate of candidates) {
    if (!isValidPoint(candidate)) continue;
    const miles = haversineMiles(center, candidate);
    if (miles <= radiusMiles) measured.push({ ...candidate, miles });
  }
  return measured.sort((a, b) => a.miles - b.miles).slice(0, limit);
}
