package io.jingxi.organization;

import static org.mockito.Mockito.doReturn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;

/**
 * What every HTTP test of the module shares, so that they all run in one Spring context: MockMvc,
 * the fixtures, method security (normally switched on by the identity module) and a mocked
 * {@link Actors} whose data scope each test chooses (everything by default).
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@Import({ OrganizationFixtures.class, RecordedChanges.class })
@WithMockUser(username = "tester", authorities = { "org:unit:read", "org:unit:write", "org:person:read",
		"org:person:write", "org:vendor:read", "org:vendor:write" })
@RecordApplicationEvents
abstract class OrganizationWebTestSupport {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganizationFixtures fixtures;

	@Autowired
	RecordedChanges changes;

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	Actors actors;

	@BeforeEach
	void actForTheWholeOrganisation() {
		actAs(DataScope.everything());
	}

	void actAs(DataScope scope) {
		actAs("tester", scope);
	}

	void actAs(String username, DataScope scope) {
		Actor actor = new Actor(1, username, null, null, OrganizationFixtures.ALL_PERMISSIONS, scope);
		doReturn(actor).when(actors).current();
		doReturn(Optional.of(actor)).when(actors).currentIfAny();
	}

	/** Uploads a file to an import endpoint and waits for the job to finish; answers the job's JSON. */
	String importAndWait(String path, byte[] file, String mode) throws Exception {
		String submitted = mvc.perform(multipart(path).file(new MockMultipartFile("file", "data.xlsx", XLSX, file))
			.param("mode", mode)
			.with(csrf())).andReturn().getResponse().getContentAsString();
		Number id = JsonPath.read(submitted, "$.id");
		return waitFor(id.longValue());
	}

	String waitFor(long jobId) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
		while (true) {
			String job = mvc.perform(get("/api/v1/imports/{id}", jobId)).andReturn().getResponse().getContentAsString();
			if (!"RUNNING".equals(JsonPath.read(job, "$.status")) || Instant.now().isAfter(deadline)) {
				return job;
			}
			Thread.sleep(50);
		}
	}

	/** Downloads a streamed export and answers its first sheet as text, row by row. */
	List<List<String>> export(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult started = mvc.perform(request).andExpect(request().asyncStarted()).andReturn();
		byte[] bytes = mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		return sheet(bytes, 0);
	}

	static List<List<String>> sheet(byte[] xlsx, int index) throws IOException {
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var formatter = new DataFormatter();
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(index)) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	/** The numbers a JSON path selects, as longs (JsonPath reads small numbers as integers). */
	static List<Long> ids(String json, String path) {
		List<Number> numbers = JsonPath.read(json, path);
		return numbers.stream().map(Number::longValue).toList();
	}

}
