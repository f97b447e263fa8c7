package io.jingxi.rectification;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FixPhotos extends JpaRepository<FixPhoto, Long> {

	List<FixPhoto> findByNoticeIdOrderBySubmissionAscIdAsc(long noticeId);

	long countByNoticeIdAndSubmission(long noticeId, int submission);

	Optional<FixPhoto> findByIdAndNoticeId(long id, long noticeId);
}
