package io.jingxi.sampling;

/**
 * A single sampling plan as it applies to a lot: the code letter and sample size of the plan the table
 * gives (after following its arrows), the acceptance number Ac and rejection number Re. When the
 * sample size equals or exceeds the lot size the whole lot is inspected: {@code fullInspection} is
 * true and {@code sampleSize} is the lot size.
 */
public record SamplingPlan(String codeLetter, int sampleSize, int acceptance, int rejection, boolean fullInspection) {
}
