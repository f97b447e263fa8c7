package io.jingxi.organization;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonPhotos extends JpaRepository<PersonPhoto, Long> {
}
