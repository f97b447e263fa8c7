package io.jingxi.organization;

import java.time.LocalDate;
import java.util.Objects;

import io.jingxi.shared.DomainException;

/** The days a contract runs, both included; it cannot end before it starts. */
record ContractPeriod(LocalDate start, LocalDate end) {

	ContractPeriod {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (end.isBefore(start)) {
			throw DomainException.invalidField("endDate", "organization.contract.endBeforeStart", start, end);
		}
	}
}
