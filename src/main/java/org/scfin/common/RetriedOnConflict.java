package org.scfin.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each {@code @Transactional} method of the annotated bean that opens its own transaction is retried as a whole when
 * the transaction collides with another (see {@link ConflictRetry}). A method that joins a transaction already open
 * runs once: only whoever opened the transaction can run it again.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {}
