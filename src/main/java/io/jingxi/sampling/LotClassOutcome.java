package io.jingxi.sampling;

/** One defect class of an inspected lot: its AQL, the severity and plan used, the defects found. */
public record LotClassOutcome(DefectClass defectClass, String aql, Severity severity, String codeLetter,
		int sampleSize, int acceptance, int rejection, int defects, boolean accepted) {
}
