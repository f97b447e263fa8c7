package io.jingxi.identity;

import java.io.Serializable;

/** What the session remembers of a signed-in user. */
record JingxiPrincipal(long userId, String username, boolean mustChangePassword) implements Serializable {

	@Override
	public String toString() {
		return username;
	}
}
