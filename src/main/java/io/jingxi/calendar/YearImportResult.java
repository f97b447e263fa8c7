package io.jingxi.calendar;

/** What an imported year arrangement wrote: how many holidays and make-up working days. */
record YearImportResult(int year, int holidays, int makeupWorkdays) {
}
