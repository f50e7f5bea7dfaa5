/**
 * What every HTTP route shares: the JSON mapper, bearer-token authentication, and the one mapping of exceptions to
 * status codes and error bodies (no stack trace ever leaves the server).
 */
package org.riparian.server.http;
