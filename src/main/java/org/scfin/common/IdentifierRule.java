package org.scfin.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a constraint that says a value can never name a record (an id, a region code, a credit code of the wrong
 * shape). Such a value was read without trouble but breaks a rule, so it is a 422 naming the field wherever it is sent,
 * in a body or in a query filter, and the database is never asked.
 */
@Target(ElementType.ANNOTATION_TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface IdentifierRule {}
