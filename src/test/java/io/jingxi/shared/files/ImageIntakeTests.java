package io.jingxi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;
import org.springframework.util.unit.DataSize;

import io.jingxi.shared.DomainException;

class ImageIntakeTests {

	@TempDir
	Path dir;

	LocalFileStore store;

	ImageIntake intake;

	@BeforeEach
	void intakeOnATemporaryStore() {
		store = new LocalFileStore(dir.toString(), Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
		intake = new ImageIntake(store, ImageSettings.defaults());
	}

	/** Runs the work as inside a transaction that ends with {@code status}. */
	static void inATransactionEnding(int status, Runnable work) {
		TransactionSynchronizationManager.initSynchronization();
		try {
			work.run();
			List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
			if (status == TransactionSynchronization.STATUS_COMMITTED) {
				TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
			}
			TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, status);
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
	}

	@Test
	void storedPhotosGoAgainWhenTheirTransactionRollsBackAndStayWhenItCommits() {
		ProcessedImage image = intake.process(TestImages.jpeg(400, 300));
		StoredImage[] stored = new StoredImage[2];
		inATransactionEnding(TransactionSynchronization.STATUS_ROLLED_BACK, () -> stored[0] = intake.store("inspection", image));
		inATransactionEnding(TransactionSynchronization.STATUS_COMMITTED, () -> stored[1] = intake.store("inspection", image));

		assertThat(store.get(stored[0].key())).isEmpty();
		assertThat(store.get(stored[0].thumbnailKey())).isEmpty();
		assertThat(store.get(stored[1].key())).isPresent();
		assertThat(store.get(stored[1].thumbnailKey())).isPresent();
	}

	@Test
	void filesDeletedInATransactionGoOnlyWhenItCommits() {
		StoredImage photo = intake.store("inspection", intake.process(TestImages.jpeg(400, 300)));
		inATransactionEnding(TransactionSynchronization.STATUS_ROLLED_BACK,
				() -> store.deleteOnCommit(photo.key(), photo.thumbnailKey()));
		assertThat(store.get(photo.key())).isPresent();

		inATransactionEnding(TransactionSynchronization.STATUS_COMMITTED,
				() -> store.deleteOnCommit(photo.key(), photo.thumbnailKey()));
		assertThat(store.get(photo.key())).isEmpty();
		assertThat(store.get(photo.thumbnailKey())).isEmpty();
	}

	@Test
	void aJpegIsReEncodedWithAThumbnailOfAtMost320Pixels() throws IOException {
		ProcessedImage image = intake.process(TestImages.jpeg(1200, 900));

		assertThat(image.sourceType()).isEqualTo("image/jpeg");
		assertThat(image.width()).isEqualTo(1200);
		assertThat(image.height()).isEqualTo(900);
		BufferedImage thumbnail = read(image.thumbnail());
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(240);
		assertThat(image.thumbnailWidth()).isEqualTo(320);
		assertThat(image.thumbnailHeight()).isEqualTo(240);
	}

	@Test
	void aLargePhotoIsCappedAt2560PixelsOnItsLongerSide() throws IOException {
		ProcessedImage image = intake.process(TestImages.jpeg(4000, 3000));

		BufferedImage stored = read(image.jpeg());
		assertThat(stored.getWidth()).isEqualTo(2560);
		assertThat(stored.getHeight()).isEqualTo(1920);
	}

	@Test
	void atMostTheConfiguredNumberOfPhotosAreProcessedAtOnceAndTheRestWaitTheirTurn() throws Exception {
		AtomicInteger processing = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ImageIntake limited = new ImageIntake(store, ImageSettings.defaults(), 2) {
			@Override
			ProcessedImage convert(byte[] upload) {
				most.accumulateAndGet(processing.incrementAndGet(), Math::max);
				try {
					Thread.sleep(50);
					return super.convert(upload);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
				finally {
					processing.decrementAndGet();
				}
			}
		};
		byte[] photo = TestImages.jpeg(1200, 900);
		ExecutorService uploads = Executors.newFixedThreadPool(6);
		try {
			CountDownLatch together = new CountDownLatch(1);
			List<Future<ProcessedImage>> results = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				results.add(uploads.submit(() -> {
					together.await();
					return limited.process(photo);
				}));
			}
			together.countDown();
			for (Future<ProcessedImage> result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS).width()).isEqualTo(1200);
			}
		}
		finally {
			uploads.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(2);
		assertThat(limited.maxConcurrent()).isEqualTo(2);
	}

	@Test
	void withoutASettingAsManyPhotosAreProcessedAtOnceAsTheProcessorsAndTheHeapAllow() {
		long heapMiB = Runtime.getRuntime().maxMemory() / 1024 / 1024;
		assertThat(intake.maxConcurrent()).isBetween(1, Runtime.getRuntime().availableProcessors())
			.isLessThanOrEqualTo((int) Math.max(1, heapMiB / 256));
	}

	@Test
	void aPngBecomesAJpeg() throws IOException {
		ProcessedImage image = intake.process(TestImages.png(300, 200));

		assertThat(image.sourceType()).isEqualTo("image/png");
		assertThat(image.jpeg()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
		assertThat(read(image.jpeg()).getWidth()).isEqualTo(300);
	}

	@Test
	void exifAndGpsNeverSurviveAndThePhotoIsTurnedUpright() throws IOException {
		byte[] upload = TestImages.jpegWithExif(400, 300, "PHONE-OF-SHOPPER-XYZ");
		assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif").contains("PHONE-OF-SHOPPER-XYZ");

		ProcessedImage image = intake.process(upload);

		String stored = new String(image.jpeg(), StandardCharsets.ISO_8859_1);
		assertThat(stored).doesNotContain("Exif").doesNotContain("PHONE-OF-SHOPPER-XYZ").doesNotContain("GPS");
		assertThat(new String(image.thumbnail(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
		// orientation 6: the landscape pixels are a portrait photo turned 90° clockwise
		BufferedImage upright = read(image.jpeg());
		assertThat(upright.getWidth()).isEqualTo(300);
		assertThat(upright.getHeight()).isEqualTo(400);
		// the red left half of the stored pixels is now the top half
		assertThat(red(upright.getRGB(150, 50))).isGreaterThan(150);
		assertThat(red(upright.getRGB(150, 350))).isLessThan(100);
	}

	@Test
	void aTextFileNamedJpgIsRefused() {
		byte[] text = "这不是照片 — this is not a photo".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> intake.process(text)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo("files.image.unsupportedType");
			assertThat(ex.fieldProblems()).extracting(DomainException.FieldProblem::field).containsExactly("file");
		});
	}

	@Test
	void otherImageTypesAreRefused() {
		byte[] gif = TestImages.write(TestImages.picture(20, 20, BufferedImage.TYPE_INT_RGB), "gif");

		assertThatThrownBy(() -> intake.process(gif)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("files.image.unsupportedType"));
	}

	@Test
	void anUploadOverTheLimitIsRefusedBeforeItIsRead() {
		byte[] tooLarge = new byte[(int) DataSize.ofMegabytes(10).toBytes() + 1];

		assertThatThrownBy(() -> intake.process(tooLarge)).isInstanceOfSatisfying(DomainException.class, ex -> {
			assertThat(ex.code()).isEqualTo("files.image.tooLarge");
			assertThat(ex.args()).containsExactly(10L);
		});
	}

	@Test
	void theLimitIsConfigurable() {
		var small = new ImageIntake(store, new ImageSettings(DataSize.ofKilobytes(1), 2560, 320, 60_000_000L, null));

		assertThatThrownBy(() -> small.process(TestImages.jpeg(400, 400))).isInstanceOfSatisfying(
				DomainException.class, ex -> assertThat(ex.code()).isEqualTo("files.image.tooLarge"));
	}

	@Test
	void anImageDeclaringTooManyPixelsIsRefusedBeforeItIsDecoded() {
		byte[] bomb = TestImages.pngDeclaring(100_000, 100_000);
		assertThat(bomb.length).isLessThan(100);

		assertThatThrownBy(() -> intake.process(bomb)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("files.image.tooManyPixels"));
	}

	@Test
	void aTruncatedJpegIsRefusedAsUnreadable() {
		byte[] jpeg = TestImages.jpeg(200, 200);
		byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);

		assertThatThrownBy(() -> intake.process(truncated)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("files.image.unreadable"));
	}

	@Test
	void heicIsRefusedWithAClearMessageWhenNoDecoderIsInstalled() {
		var without = new ImageIntake(store,
				new ImageSettings(DataSize.ofMegabytes(10), 2560, 320, 60_000_000L, "/nonexistent/heif-dec"));
		assertThat(without.heifSupported()).isFalse();

		assertThatThrownBy(() -> without.process(TestImages.heic())).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("files.image.heicUnsupported"));
	}

	@Test
	void heicIsDecodedByLibheifWhenInstalled() throws IOException {
		assumeThat(intake.heifSupported()).as("heif-dec or heif-convert (libheif-examples) installed").isTrue();

		ProcessedImage image = intake.process(TestImages.heic());

		assertThat(image.sourceType()).isEqualTo("image/heic");
		BufferedImage decoded = read(image.jpeg());
		assertThat(decoded.getWidth()).isEqualTo(96);
		assertThat(decoded.getHeight()).isEqualTo(64);
	}

	@Test
	void aHeicDeclaringTooManyPixelsIsRefusedBeforeTheDecoderRuns() {
		assumeThat(intake.heifSupported()).isTrue();
		var strict = new ImageIntake(store, new ImageSettings(DataSize.ofMegabytes(10), 2560, 320, 1_000L, null));

		assertThatThrownBy(() -> strict.process(TestImages.heic())).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("files.image.tooManyPixels"));
	}

	@Test
	void storedPhotosAreReadBackAndDeletedByKey() {
		StoredImage stored = intake.store("inspection", TestImages.jpeg(640, 480));

		assertThat(stored.key()).startsWith("inspection/2026/12/").endsWith(".jpg");
		assertThat(stored.thumbnailKey()).isNotEqualTo(stored.key());
		assertThat(store.get(stored.key())).get().satisfies(bytes -> assertThat(bytes).hasSize((int) stored.bytes()));
		assertThat(store.get(stored.thumbnailKey())).isPresent();

		store.delete(stored.key());
		assertThat(store.get(stored.key())).isEmpty();
	}

	@Test
	void keysFromOutsideNeverReachOutsideTheStore() {
		assertThat(store.get("../../etc/passwd")).isEmpty();
		assertThat(store.get("inspection/2026/12/../../../x.jpg")).isEmpty();
		assertThatThrownBy(() -> store.put("../x", "jpg", new byte[] { 1 })).isInstanceOf(IllegalArgumentException.class);
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		return image;
	}

	private static int red(int rgb) {
		return (rgb >> 16) & 0xFF;
	}
}
