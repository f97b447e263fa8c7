package io.jingxi.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.jingxi.shared.EntityChanged;
import io.jingxi.shared.PageResult;

/** Records every {@link EntityChanged} of every module and answers searches and exports. */
@Service
class AuditLog {

	static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Shanghai");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditEntries entries;
	private final JdbcTemplate jdbc;
	private final MessageSource messages;

	AuditLog(AuditEntries entries, JdbcTemplate jdbc, MessageSource messages) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@ApplicationModuleListener
	void on(EntityChanged change) {
		entries.save(new AuditEntry(change.at(), change.actor(), change.address(), change.entityType(),
				change.entityId(), change.action(), change.before(), change.after()));
	}

	@Transactional(readOnly = true)
	PageResult<AuditView> search(AuditQuery query, int page, int size) {
		var sort = Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id"));
		return PageResult.of(entries.findAll(query.toSpecification(), PageRequest.of(page, size, sort)),
				AuditEntry::toView);
	}

	/** Streams the matching entries into an xlsx, a window of rows in memory at a time. */
	@Transactional(readOnly = true)
	void export(AuditQuery query, Locale locale, OutputStream out) throws IOException {
		List<Object> parameters = new ArrayList<>();
		var sql = "select at, actor, address, entity_type, entity_id, action, before_summary, after_summary from aud_entry"
				+ query.whereClause(parameters) + " order by at desc, id desc";
		try (var workbook = new SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet(messages.getMessage("audit.export.sheet", null, locale));
			var header = sheet.createRow(0);
			String[] columns = { "at", "actor", "address", "entityType", "entityId", "action", "before", "after" };
			for (int i = 0; i < columns.length; i++) {
				header.createCell(i).setCellValue(messages.getMessage("audit.column." + columns[i], null, locale));
			}
			int[] rowNumber = { 1 };
			var streaming = new JdbcTemplate(jdbc.getDataSource());
			streaming.setFetchSize(500);
			streaming.query(sql, (ResultSet rs) -> {
				var row = sheet.createRow(rowNumber[0]++);
				row.createCell(0).setCellValue(TIME.format(rs.getTimestamp(1).toInstant().atZone(DISPLAY_ZONE)));
				for (int i = 2; i <= 8; i++) {
					row.createCell(i - 1).setCellValue(nullToEmpty(rs, i));
				}
			}, parameters.toArray());
			workbook.write(out);
			workbook.dispose();
		}
	}

	private static String nullToEmpty(ResultSet rs, int column) throws SQLException {
		var value = rs.getString(column);
		return value == null ? "" : value;
	}
}
