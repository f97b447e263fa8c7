package io.jingxi.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.jingxi.shared.DomainException;

/** Photos are judged by their bytes and come out as JPEGs of at most 800 px. */
class PhotoEncoderTests {

	@Test
	void aLargePngIsReencodedAsAJpegOfAtMost800Pixels() throws IOException {
		EncodedPhoto photo = PhotoEncoder.encode(OrganizationFixtures.image("png", 2000, 1000));

		assertThat(photo.contentType()).isEqualTo("image/jpeg");
		assertThat(PhotoEncoder.sniff(photo.content())).isEqualTo("jpeg");
		var decoded = ImageIO.read(new ByteArrayInputStream(photo.content()));
		assertThat(decoded.getWidth()).isEqualTo(800);
		assertThat(decoded.getHeight()).isEqualTo(400);
	}

	@Test
	void aSmallJpegKeepsItsSize() throws IOException {
		EncodedPhoto photo = PhotoEncoder.encode(OrganizationFixtures.image("jpg", 300, 400));

		assertThat(photo.width()).isEqualTo(300);
		assertThat(photo.height()).isEqualTo(400);
	}

	@Test
	void aFileThatIsNotAJpegOrPngIsRefusedWhateverItsName() {
		byte[] gif = OrganizationFixtures.image("gif", 10, 10);
		assertThatThrownBy(() -> PhotoEncoder.encode(gif)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("organization.photo.unsupportedType"));
		assertThatThrownBy(() -> PhotoEncoder.encode("<svg></svg>".getBytes()))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.code()).isEqualTo("organization.photo.unsupportedType"));
	}

	@Test
	void aFileWithAJpegSignatureButNoImageIsUnreadable() {
		byte[] fake = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 200);
		assertThatThrownBy(() -> PhotoEncoder.encode(fake)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("organization.photo.unreadable"));
	}

	@Test
	void aPhotoOverFiveMegabytesIsRefusedBeforeDecoding() {
		byte[] big = new byte[(int) PhotoEncoder.MAX_BYTES + 1];
		big[0] = (byte) 0xFF;
		big[1] = (byte) 0xD8;
		big[2] = (byte) 0xFF;
		assertThatThrownBy(() -> PhotoEncoder.encode(big)).isInstanceOfSatisfying(DomainException.class,
				ex -> assertThat(ex.code()).isEqualTo("organization.photo.tooLarge"));
	}
}
