package org.rollcall.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers for the page's files (not the API): scripts, styles and images only from Rollcall itself and
 * no framing by another site, so an injected script or a clickjacking frame has nowhere to load from;
 * pages are not cached, so a logged-out browser's back button shows no figures.
 */
@WebFilter(urlPatterns = {"*.html", "*.js", "*.css", "/"})
public class PageHeaders extends HttpFilter {
    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
