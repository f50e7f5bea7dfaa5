/** The economic layer of a basin: values of irrigation water and of electricity per country and month, used by planning mode. */
package org.riparian.model.economy;
