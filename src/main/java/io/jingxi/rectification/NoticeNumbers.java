package io.jingxi.rectification;

import java.time.Instant;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Numbers notices like ZG-2026-000123: the year it was opened and a running number from a sequence. */
@Component
class NoticeNumbers {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;

	NoticeNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String next(Instant openedAt) {
		long value = jdbc.sql("select nextval('rect_notice_number_seq')").query(Long.class).single();
		return format(openedAt.atZone(ZONE).getYear(), value);
	}

	static String format(int year, long value) {
		return "ZG-%d-%06d".formatted(year, value);
	}
}
