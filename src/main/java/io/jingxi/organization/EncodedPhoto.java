package io.jingxi.organization;

/** A photo after re-encoding: the bytes to store and serve, their type and size in pixels. */
record EncodedPhoto(byte[] content, String contentType, int width, int height) {

	EncodedPhoto {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return content.clone();
	}
}
