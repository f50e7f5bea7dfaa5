/**
 * Reading a basin file (YAML or JSON) into a {@link org.riparian.model.basin.Basin}: units converted at load, and every
 * problem reported as {@code FILE:LINE: path.to.field: what is wrong, what was expected}.
 */
package org.riparian.model.file;
