package io.jingxi.shared;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list: the items, the total count, the page number (from 0) and its size. */
public record PageResult<T>(List<T> items, long total, int page, int size) {

	public PageResult {
		items = List.copyOf(items);
	}

	public static <E, T> PageResult<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResult<>(page.getContent().stream().map(mapper).toList(), page.getTotalElements(),
				page.getNumber(), page.getSize());
	}
}
