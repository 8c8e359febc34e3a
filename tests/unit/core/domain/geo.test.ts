// Distances against figures people know (a degree of latitude, the equator, city pairs), and the
// nearby query's boxes never missing a point within the radius (property test).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundingBoxes, haversineMiles, inBox, isValidPoint, nearestWithin, type Point } from "../../../../core/domain/geo";

/** The point `miles` away from `from` on `bearing` degrees: the textbook destination formula, on the same sphere. */
function destination(from: Point, bearing: number, miles: number): Point {
  const R = 3958.8;
  const d = miles / R;
  const lat1 = (from.lat * Math.PI) / 180;
  const lon1 = (from.lon * Math.PI) / 180;
  const b = (bearing * Math.PI) / 180;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  const lon = ((((lon2 * 180) / Math.PI + 540) % 360) + 360) % 360;
  return { lat: (lat2 * 180) / Math.PI, lon: lon - 180 };
}

describe("haversine distance", () => {
  it.each([
    // a person's figures: one degree of latitude is 69.09 miles; a quarter of the equator is
    // 24,874 / 4 = 6,218.5 miles; antipodes are half the circumference, 12,437 miles
    ["one degree of latitude", { lat: 40, lon: -75 }, { lat: 41, lon: -75 }, 69.09, 0.01],
    ["a quarter of the equator", { lat: 0, lon: 0 }, { lat: 0, lon: 90 }, 6218.5, 0.1],
    ["antipodes", { lat: 10, lon: 20 }, { lat: -10, lon: -160 }, 12437, 0.5],
    // published (ellipsoidal) distances, within a sphere's error of at most 0.5%
    ["JFK to LAX", { lat: 40.6413, lon: -73.7781 }, { lat: 33.9416, lon: -118.4085 }, 2475, 12],
    ["London to Paris", { lat: 51.5074, lon: -0.1278 }, { lat: 48.8566, lon: 2.3522 }, 214, 2],
    ["a point to itself", { lat: 33.7, lon: -84.4 }, { lat: 33.7, lon: -84.4 }, 0, 1e-9],
  ])("%s", (_name, a, b, miles, within) => {
    expect(Math.abs(haversineMiles(a, b) - miles)).toBeLessThanOrEqual(within);
    expect(Math.abs(haversineMiles(b, a) - miles)).toBeLessThanOrEqual(within);
  });

  it("knows a point without coordinates is not a point", () => {
    expect(isValidPoint({ lat: null, lon: -80 })).toBe(false);
    expect(isValidPoint({ lat: 91, lon: 0 })).toBe(false);
    expect(isValidPoint({ lat: Number.NaN, lon: 0 })).toBe(false);
    expect(isValidPoint({ lat: -33.9, lon: 151.2 })).toBe(true);
  });
});

const scaled = (min: number, max: number, by: number) => fc.integer({ min, max }).map((n) => n / by);

describe("bounding boxes", () => {
  it("never miss a point within the radius, anywhere on Earth (property)", () => {
    fc.assert(
      // Uniform over the ranges (fc.double favours values near zero): scaled integers.
      fc.property(
        scaled(-89_999, 89_999, 1_000),
        scaled(-180_000, 180_000, 1_000),
        scaled(1, 80_000, 100),
        scaled(0, 3_600, 10),
        scaled(0, 1_000, 1_000),
        (lat, lon, radius, bearing, share) => {
          const center = { lat, lon };
          const point = destination(center, bearing, radius * share);
          // Only points the exact measure puts inside count (the formula's own rounding aside).
          if (haversineMiles(center, point) > radius) return;
          expect(boundingBoxes(center, radius).some((box) => inBox(point, box))).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("splits across the antimeridian and spans every longitude near a pole", () => {
    const boxes = boundingBoxes({ lat: 0, lon: 179.9 }, 50);
    expect(boxes).toHaveLength(2);
    expect(boxes.some((b) => inBox({ lat: 0, lon: -179.9 }, b))).toBe(true);
    const polar = boundingBoxes({ lat: 89.9, lon: 0 }, 100);
    expect(polar).toEqual([expect.objectContaining({ minLon: -180, maxLon: 180, maxLat: 90 })]);
  });

  it("is a small box for a small radius (so the index narrows the search)", () => {
    const [box] = boundingBoxes({ lat: 40, lon: -75 }, 10);
    // 10 miles is about 0.145 degrees of latitude, and 0.145 / cos(40°) = 0.189 of longitude
    expect(box?.maxLat).toBeCloseTo(40.1447, 3);
    expect(box?.maxLon).toBeCloseTo(-74.8111, 3);
  });
});

describe("nearest within a radius", () => {
  it("keeps the ones inside, nearest first, and skips those without coordinates", () => {
    const center = { lat: 40, lon: -75 };
    const stores = [
      { id: "far", lat: 41, lon: -75 }, // 69.09 mi
      { id: "none", lat: null, lon: null },
      { id: "near", lat: 40.1, lon: -75 }, // 6.91 mi
      { id: "mid", lat: 40.5, lon: -75 }, // 34.55 mi
    ];
    const found = nearestWithin(center, stores, 50, 10);
    expect(found.map((s) => s.id)).toEqual(["near", "mid"]);
    expect(found[0]?.miles).toBeCloseTo(6.909, 2);
    expect(nearestWithin(center, stores, 100, 1).map((s) => s.id)).toEqual(["near"]);
  });
});
