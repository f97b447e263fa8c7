package io.jingxi.sampling;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Localized names used as arguments of messages: the problem details resolve them in the request's language. */
final class Labels {

	private Labels() {
	}

	static MessageSourceResolvable of(DefectClass defectClass) {
		return new DefaultMessageSourceResolvable(new String[] { "sampling.class." + defectClass.name() },
				defectClass.name());
	}
}
