import { geometryErrors, parseBoundingBox, ringSelfIntersects } from './geometry.validator';

const square = [
  [100.5, 13.7],
  [100.51, 13.7],
  [100.51, 13.71],
  [100.5, 13.71],
  [100.5, 13.7],
];

function rules(geometry: unknown): string[] {
  return geometryErrors(geometry, 'g').map((error) => `${error.field} ${error.rule}`);
}

describe('district geometry rules', () => {
  it('accepts a point in Bangkok', () => {
    expect(rules({ type: 'Point', coordinates: [100.5018, 13.7563] })).toEqual([]);
  });

  it('accepts a closed simple polygon', () => {
    expect(rules({ type: 'Polygon', coordinates: [square] })).toEqual([]);
  });

  it('accepts a multipolygon and a multipoint', () => {
    expect(rules({ type: 'MultiPolygon', coordinates: [[square]] })).toEqual([]);
    expect(rules({ type: 'MultiPoint', coordinates: [[100.5, 13.7], [100.6, 13.8]] })).toEqual([]);
  });

  it('rejects other geometry types', () => {
    expect(rules({ type: 'LineString', coordinates: [[100.5, 13.7], [100.6, 13.8]] })).toEqual(['g.type geometryType']);
    expect(rules(null)).toEqual(['g.type geometryType']);
  });

  it('rejects a point outside Bangkok', () => {
    expect(rules({ type: 'Point', coordinates: [98.98, 18.79] })).toEqual(['g.coordinates withinBangkok']);
  });

  it('rejects swapped latitude and longitude', () => {
    expect(rules({ type: 'Point', coordinates: [13.7563, 100.5018] })).toEqual(['g.coordinates withinBangkok']);
  });

  it('rejects coordinates written as text', () => {
    expect(rules({ type: 'Point', coordinates: ['100.5', '13.7'] })).toEqual(['g.coordinates position']);
  });

  it('rejects a ring with three positions', () => {
    expect(rules({ type: 'Polygon', coordinates: [square.slice(0, 3)] })).toEqual(['g.coordinates[0] ringTooShort']);
  });

  it('rejects an open ring', () => {
    const open = [...square.slice(0, 4), [100.505, 13.705]];

    expect(rules({ type: 'Polygon', coordinates: [open] })).toEqual(['g.coordinates[0] ringNotClosed']);
  });

  it('rejects a bow-tie ring', () => {
    const bowTie = [
      [100.5, 13.7],
      [100.51, 13.71],
      [100.51, 13.7],
      [100.5, 13.71],
      [100.5, 13.7],
    ];

    expect(rules({ type: 'Polygon', coordinates: [bowTie] })).toEqual(['g.coordinates[0] ringSelfIntersects']);
  });

  it('names the polygon of a multipolygon', () => {
    expect(rules({ type: 'MultiPolygon', coordinates: [[square], [square.slice(0, 3)]] })).toEqual(['g.coordinates[1][0] ringTooShort']);
  });

  it('finds no crossing in a triangle', () => {
    const triangle: [number, number][] = [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
    ];

    expect(ringSelfIntersects(triangle)).toBe(false);
  });

  it('parses a bounding box from text', () => {
    expect(parseBoundingBox('100.32, 13.49, 100.94, 13.96')).toEqual({ minLon: 100.32, minLat: 13.49, maxLon: 100.94, maxLat: 13.96 });
    expect(parseBoundingBox('100.94,13.49,100.32,13.96')).toBeNull();
    expect(parseBoundingBox('100.32,13.49,100.94')).toBeNull();
  });
});
