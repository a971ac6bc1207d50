import { districtFieldError, type DistrictFieldError } from './district-field-error';

/** Longitude and latitude limits (WGS 84 degrees) that every submitted coordinate must fall within. */
export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/**
 * Bangkok's bounding box in WGS 84 degrees, with a small margin around the 50 districts. The
 * catalog service reads another box from DISTRICT_GEOMETRY_BBOX.
 */
export const BANGKOK_BOUNDING_BOX: BoundingBox = { minLon: 100.32, minLat: 13.49, maxLon: 100.94, maxLat: 13.96 };

/** GeoJSON geometry types a district record may carry. */
export const DISTRICT_GEOMETRY_TYPES = ['Point', 'MultiPoint', 'Polygon', 'MultiPolygon'] as const;

/** Rings longer than this are checked for closure and length but not for self-intersection, which costs n². */
export const maxRingPositionsForIntersectionCheck = 2000;

type Position = [number, number];

/** Parses `minLon,minLat,maxLon,maxLat`, or returns null unless it is four numbers with min below max. */
export function parseBoundingBox(text: string): BoundingBox | null {
  const parts = text.split(',').map((part) => part.trim());

  if (parts.length !== 4 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) {
    return null;
  }
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number);

  return minLon < maxLon && minLat < maxLat ? { minLon, minLat, maxLon, maxLat } : null;
}

class GeometryChecker {
  readonly errors: DistrictFieldError[] = [];

  constructor(private readonly box: BoundingBox) {}

  /** Checks a position and returns it as [lon, lat], or null when it is not one. */
  position(value: unknown, path: string): Position | null {
    const isPosition =
      Array.isArray(value) && (value.length === 2 || value.length === 3) && value.every((item) => typeof item === 'number' && Number.isFinite(item));

    if (!isPosition) {
      this.errors.push(
        districtFieldError(path, 'position', `${path} must be [longitude, latitude] in numbers`, `${path} ต้องเป็น [ลองจิจูด, ละติจูด] ที่เป็นตัวเลข`),
      );

      return null;
    }
    const [lon, lat] = value as number[];
    const { minLon, minLat, maxLon, maxLat } = this.box;

    if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) {
      const box = `longitude ${minLon}–${maxLon}, latitude ${minLat}–${maxLat}`;

      this.errors.push(
        districtFieldError(
          path,
          'withinBangkok',
          `${path} [${lon}, ${lat}] is outside Bangkok (${box})`,
          `${path} [${lon}, ${lat}] อยู่นอกกรุงเทพมหานคร (ลองจิจูด ${minLon}–${maxLon} ละติจูด ${minLat}–${maxLat})`,
        ),
      );
    }

    return [lon, lat];
  }

  positions(value: unknown, path: string, minimum: number): Position[] | null {
    if (!Array.isArray(value) || value.length < minimum) {
      this.shape(path, `an array of at least ${minimum} positions`, `อาร์เรย์ของพิกัดอย่างน้อย ${minimum} จุด`);

      return null;
    }
    const checked = value.map((item, index) => this.position(item, `${path}[${index}]`));

    return checked.every((item) => item !== null) ? (checked) : null;
  }

  ring(value: unknown, path: string): void {
    if (Array.isArray(value) && value.length > 0 && value.length < 4) {
      this.errors.push(
        districtFieldError(path, 'ringTooShort', `${path} must have at least 4 positions`, `${path} ต้องมีพิกัดอย่างน้อย 4 จุด`),
      );

      return;
    }
    const ring = this.positions(value, path, 4);

    if (ring === null) {
      return;
    }
    const [first, last] = [ring[0], ring[ring.length - 1]];

    if (first[0] !== last[0] || first[1] !== last[1]) {
      this.errors.push(
        districtFieldError(path, 'ringNotClosed', `${path} must end at its first position`, `${path} ต้องปิดรูป (พิกัดสุดท้ายต้องเท่ากับพิกัดแรก)`),
      );

      return;
    }
    if (ring.length <= maxRingPositionsForIntersectionCheck && ringSelfIntersects(ring)) {
      this.errors.push(
        districtFieldError(path, 'ringSelfIntersects', `${path} crosses itself`, `${path} มีเส้นขอบตัดกันเอง`),
      );
    }
  }

  polygon(value: unknown, path: string): void {
    if (!Array.isArray(value) || value.length === 0) {
      this.shape(path, 'an array of linear rings', 'อาร์เรย์ของวงรอบรูปหลายเหลี่ยม');

      return;
    }
    value.forEach((ring, index) => this.ring(ring, `${path}[${index}]`));
  }

  shape(path: string, expectedEn: string, expectedTh: string): void {
    this.errors.push(districtFieldError(path, 'geometryShape', `${path} must be ${expectedEn}`, `${path} ต้องเป็น${expectedTh}`));
  }
}

/**
 * Validates a GeoJSON geometry (RFC 7946): Point, MultiPoint, Polygon or MultiPolygon only, every
 * position [lon, lat] in numbers inside the bounding box, rings closed with at least 4 positions
 * and not crossing themselves. Holes are checked as rings but not for lying inside the outer ring.
 */
export function geometryErrors(geometry: unknown, path: string, box: BoundingBox = BANGKOK_BOUNDING_BOX): DistrictFieldError[] {
  const checker = new GeometryChecker(box);
  const type = typeof geometry === 'object' && geometry !== null ? (geometry as { type?: unknown }).type : undefined;
  const coordinates = typeof geometry === 'object' && geometry !== null ? (geometry as { coordinates?: unknown }).coordinates : undefined;
  const coordinatesPath = `${path}.coordinates`;

  switch (type) {
    case 'Point':
      checker.position(coordinates, coordinatesPath);
      break;
    case 'MultiPoint':
      checker.positions(coordinates, coordinatesPath, 1);
      break;
    case 'Polygon':
      checker.polygon(coordinates, coordinatesPath);
      break;
    case 'MultiPolygon':
      if (Array.isArray(coordinates) && coordinates.length > 0) {
        coordinates.forEach((polygon, index) => checker.polygon(polygon, `${coordinatesPath}[${index}]`));
      } else {
        checker.shape(coordinatesPath, 'an array of polygons', 'อาร์เรย์ของรูปหลายเหลี่ยม');
      }
      break;
    default:
      checker.errors.push(
        districtFieldError(
          `${path}.type`,
          'geometryType',
          `${path}.type must be one of ${DISTRICT_GEOMETRY_TYPES.join(', ')}`,
          `${path}.type ต้องเป็น ${DISTRICT_GEOMETRY_TYPES.join(', ')} อย่างใดอย่างหนึ่ง`,
        ),
      );
  }

  return checker.errors;
}

function orientation(a: Position, b: Position, c: Position): number {
  return Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
}

function onSegment(a: Position, b: Position, point: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= point[0] && point[0] <= Math.max(a[0], b[0]) && Math.min(a[1], b[1]) <= point[1] && point[1] <= Math.max(a[1], b[1])
  );
}

/** Tells whether segments ab and cd touch or cross, including collinear overlap. */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const [o1, o2, o3, o4] = [orientation(a, b, c), orientation(a, b, d), orientation(c, d, a), orientation(c, d, b)];

  if (o1 !== o2 && o3 !== o4) {
    return true;
  }

  return (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) || (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b));
}

/** Tells whether a closed ring crosses or touches itself anywhere but at the shared ends of neighbouring edges. */
export function ringSelfIntersects(ring: readonly Position[]): boolean {
  const edges = ring.length - 1;

  for (let i = 0; i < edges; i += 1) {
    for (let j = i + 1; j < edges; j += 1) {
      const neighbours = j === i + 1 || (i === 0 && j === edges - 1);

      if (!neighbours && segmentsIntersect(ring[i], ring[i + 1], ring[j], ring[j + 1])) {
        return true;
      }
    }
  }

  return false;
}
