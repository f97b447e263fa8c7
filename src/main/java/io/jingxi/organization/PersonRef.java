package io.jingxi.organization;

/** Who holds an employee number and in which unit, for imports. */
record PersonRef(long id, String employeeNo, long unitId) {
}
