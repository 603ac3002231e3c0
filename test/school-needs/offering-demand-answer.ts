// The parts of offeringDemand's answer that the demand suites read (the GraphQL selection
// decides which parts a suite receives).

export interface DemandCounts {
  schoolsInArea: number;
  schoolsNearby: number;
}

/** A school in the answer, without its needs. */
export interface DemandSchool {
  vestigingscode: string;
  inArea: boolean;
  distanceKm: number | null;
  unmetNeed: number;
}
