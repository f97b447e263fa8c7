package io.jingxi.calendar;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doReturn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.mockito.Answers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestConstructor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.RecordApplicationEvents;

import io.jingxi.organization.OrganizationApi;
import io.jingxi.organization.UnitSummary;
import io.jingxi.shared.Actor;
import io.jingxi.shared.Actors;
import io.jingxi.shared.DataScope;

/**
 * The one Spring context the calendar tests share: the current actor and the unit tree replaced by
 * mocks. Each test gets a
 * fresh three-level tree of units with random ids, so data never collides between tests or runs.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@RecordApplicationEvents
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
abstract class CalendarSpringTest {

	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	Actors actors;

	@MockitoBean
	OrganizationApi organization;

	/** company → branch → hall, plus a unit outside the actor's scope. */
	long company;

	long branch;

	long hall;

	long foreign;

	@BeforeEach
	void unitTree() {
		long base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000L) * 10;
		company = base + 1;
		branch = base + 2;
		hall = base + 3;
		foreign = base + 4;
		Map<Long, List<Long>> ancestors = new HashMap<>();
		ancestors.put(company, List.of());
		ancestors.put(branch, List.of(company));
		ancestors.put(hall, List.of(branch, company));
		ancestors.put(foreign, List.of());
		// unknown units first: the specific stubs below take precedence for their ids
		doReturn(Optional.empty()).when(organization).unit(anyLong());
		doReturn(List.of()).when(organization).ancestorIds(anyLong());
		ancestors.forEach((id, up) -> {
			doReturn(up).when(organization).ancestorIds(id);
			doReturn(Optional.of(new UnitSummary(id, up.isEmpty() ? null : up.get(0), "U" + id, "单位" + id, "HALL",
					"/" + id + "/", up.size(), true))).when(organization).unit(id);
		});
		doReturn(new Actor(7, "tester", null, company, Set.of(), DataScope.units(Set.of(company, branch, hall))))
			.when(actors).current();
	}

	static String randomCode() {
		return "T-" + Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36).toUpperCase();
	}
}
