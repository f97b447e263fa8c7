package io.jingxi.sampling;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;

/**
 * The lots as an Excel workbook, with the list's filters and the reader's scope: one row per lot, the
 * plan and count of each defect class. Written with POI's streaming workbook, read newest first by
 * key in chunks of a thousand, each in a short transaction: memory stays flat however many lots.
 */
@Component
class LotExport {

	static final List<String> HEADERS = List.of("检验批ID", "送货单号", "收货时间", "收货单位", "供应商", "物料编码", "物料", "批量",
			"检验水平", "判定", "A类严格度", "A类AQL", "A类方案(字码 n Ac/Re)", "A类不合格数", "B类严格度", "B类AQL", "B类方案(字码 n Ac/Re)",
			"B类不合格数", "C类严格度", "C类AQL", "C类方案(字码 n Ac/Re)", "C类不合格数", "验收人", "抽样方案");

	private static final int CHUNK = 1000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ReportService.ZONE);

	private static final Map<Severity, String> SEVERITY = Map.of(Severity.NORMAL, "正常", Severity.TIGHTENED, "加严",
			Severity.REDUCED, "放宽", Severity.DISCONTINUED, "暂停");

	private final Lots lots;

	private final Names names;

	private final Actors actors;

	private final TransactionTemplate reading;

	LotExport(Lots lots, Names names, Actors actors, PlatformTransactionManager transactions) {
		this.lots = lots;
		this.names = names;
		this.actors = actors;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	/** The current reader's export, the scope taken now; the body is written later, elsewhere. */
	Body export(LotService.LotFilter filter) {
		DataScope scope = actors.scope();
		return out -> write(out, scope, filter);
	}

	/** An export ready to be written to a response. */
	@FunctionalInterface
	interface Body {

		void writeTo(OutputStream out) throws IOException;
	}

	void write(OutputStream out, DataScope scope, LotService.LotFilter filter) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			workbook.setCompressTempFiles(true);
			Sheet sheet = workbook.createSheet("检验批");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Row first = sheet.createRow(0);
			for (int i = 0; i < HEADERS.size(); i++) {
				first.createCell(i).setCellValue(HEADERS.get(i));
				first.getCell(i).setCellStyle(header);
				sheet.setColumnWidth(i, 14 * 256);
			}
			sheet.createFreezePane(0, 1);
			int next = 1;
			long after = Long.MAX_VALUE;
			while (true) {
				long before = after;
				List<List<@Nullable String>> rows = new ArrayList<>();
				long[] last = { after };
				reading.executeWithoutResult(status -> {
					Specification<Lot> spec = filter.specification(scope)
						.and((root, query, cb) -> cb.lessThan(root.get("id"), before));
					List<Lot> chunk = lots.findBy(spec,
							q -> q.sortBy(org.springframework.data.domain.Sort.by(
									org.springframework.data.domain.Sort.Order.desc("id"))).limit(CHUNK).all());
					Map<Long, String> units = names.units(chunk.stream().map(Lot::getUnitId).toList());
					Map<Long, String> vendors = names.vendors(chunk.stream().map(Lot::getVendorId).toList());
					Map<Long, SamplingItem> items = names.items(chunk.stream().map(Lot::getItemId).toList());
					for (Lot lot : chunk) {
						rows.add(row(lot, units, vendors, items));
						last[0] = lot.id();
					}
				});
				for (List<@Nullable String> values : rows) {
					Row row = sheet.createRow(next++);
					for (int i = 0; i < values.size(); i++) {
						String value = values.get(i);
						if (value != null) {
							row.createCell(i).setCellValue(value);
						}
					}
				}
				if (rows.size() < CHUNK) {
					break;
				}
				after = last[0];
			}
			workbook.write(out);
			out.flush();
			workbook.dispose();
		}
	}

	private static List<@Nullable String> row(Lot lot, Map<Long, String> units, Map<Long, String> vendors,
			Map<Long, SamplingItem> items) {
		SamplingItem item = items.get(lot.getItemId());
		List<@Nullable String> values = new ArrayList<>(Arrays.asList(String.valueOf(lot.id()), lot.getReference(),
				TIME.format(lot.getReceivedAt()), units.get(lot.getUnitId()), vendors.get(lot.getVendorId()),
				item == null ? null : item.getCode(), item == null ? null : item.getName(),
				String.valueOf(lot.getLotSize()), lot.getLevel().label(),
				lot.isAccepted() ? "接收" : "拒收"));
		for (DefectClass defectClass : DefectClass.values()) {
			LotClassResult result = lot.getClasses().stream()
				.filter(c -> c.getDefectClass() == defectClass)
				.findFirst()
				.orElse(null);
			if (result == null) {
				values.addAll(Arrays.asList(null, null, null, null));
			}
			else {
				values.add(SEVERITY.get(result.getSeverity()));
				values.add(result.getAql());
				values.add(result.getCodeLetter() + " " + result.getSampleSize() + " " + result.getAcceptance() + "/"
						+ result.getRejection() + (result.isFullInspection() ? " 全检" : ""));
				values.add(String.valueOf(result.getDefects()));
			}
		}
		values.add(lot.getReceivedBy());
		values.add(lot.getPolicyId() + " v" + lot.getPolicyVersion() + ", 物料设置 v" + lot.getItemSettingsVersion());
		return values;
	}
}
