package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.jingxi.organization.ChangeLog.Origin;

/** Changes of the tree's shape take turns, so a move never misses a unit created in its subtree. */
class TreeLockTests extends OrganizationWebTestSupport {

	@Autowired
	UnitService unitService;

	@Autowired
	TreeLock treeLock;

	@Autowired
	Units units;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aMoveWaitsForAUnitBeingCreatedInItsSubtreeAndTakesItAlong() throws Exception {
		var tree = fixtures.tree();
		var created = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<Long> creator = threads.submit(() -> new TransactionTemplate(transactions).execute(status -> {
				treeLock.acquire();
				Unit parent = units.findById(tree.a11().id()).orElseThrow();
				Unit child = unitService.create(parent, OrganizationFixtures.code("C"), "新单位", "team", null, null, 0,
						Origin.request());
				units.flush();
				created.countDown();
				awaitQuietly(release);
				return child.id();
			}));
			assertThat(created.await(10, TimeUnit.SECONDS)).isTrue();

			Future<UnitView> mover = threads.submit(() -> unitService.move(tree.a1().id(), tree.b().id()));
			Thread.sleep(300);
			assertThat(mover.isDone()).as("the move waits for the creation to commit").isFalse();

			release.countDown();
			long childId = creator.get(10, TimeUnit.SECONDS);
			mover.get(10, TimeUnit.SECONDS);
			assertThat(fixtures.reload(childId).path()).isEqualTo(
					tree.b().path() + tree.a1().id() + "/" + tree.a11().id() + "/" + childId + "/");
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
