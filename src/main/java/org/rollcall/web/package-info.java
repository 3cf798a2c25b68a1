/**
 * The web page for the people who use Rollcall: static HTML and plain JavaScript modules in
 * {@code src/main/webapp} (see its README-web.md), served by the WAR at {@code /rollcall/}; the only
 * Java here sets the headers those files are served with.
 */
package org.rollcall.web;
