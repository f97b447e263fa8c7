/**
 * Rankings and the dashboard (排名, 数据看板): unit scores per month, quarter and year combined by the
 * kinds' weights, ranks in the parent and the organisation, trends, weak sections, failed clauses.
 * Reads its own read model, fed by the inspection module's events, and names and the current count of
 * open and overdue rectification notices through façades.
 */
@ApplicationModule(allowedDependencies = { "shared", "organization", "inspection", "rectification" })
@NullMarked
package io.jingxi.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
