package io.jingxi.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * A holiday or a make-up working day of a calendar. {@code arrangementYear} is the year whose official
 * arrangement the day belongs to: usually the date's year, but an arrangement can reach into the
 * neighbouring December or January (New Year 2023 began on 2022-12-31).
 */
@Embeddable
record SpecialDay(@Convert(converter = DayKindConverter.class) @Column(name = "kind") DayKind kind,
		@Column(name = "name") String name, @Column(name = "arrangement_year") int arrangementYear) {

	static final int MAX_NAME = 100;
}
