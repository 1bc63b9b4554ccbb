// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The HTTP side of the loopback test services (vanthu-test-tsa, vanthu-test-revocation): a listener on 127.0.0.1
// that serves one connection at a time, reading a request (request line, headers, a Content-Length body, with limits)
// and writing a response with "Connection: close". Plain C++ and POSIX, no Qt.

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

namespace vanthu::test::http
{

constexpr std::size_t MaximumHeaderBytes = 16 * 1024;
constexpr std::size_t MaximumBodyBytes = 64 * 1024;

struct Request
{
    std::string method;
    std::string target;
    std::string version;     ///< "HTTP/1.0" or "HTTP/1.1"
    std::string contentType; ///< lower case; empty when not sent
    long contentLength = -1; ///< -1 when not sent
    std::string body;        ///< what came after the head so far; all of it after readBody
};

/**
 * Reads the request line and the headers of the request on @p socket (10 s receive timeout, 16 KiB at most).
 * Answers 400 itself for a malformed request line or header line, a bad Content-Length or a Transfer-Encoding, and
 * returns nothing then, or when the client closed or went silent before a full head.
 */
[[nodiscard]] std::optional<Request> readHead(int socket);

/**
 * Reads the body announced by Content-Length, which must be there and be at most 64 KiB. Answers 400 itself and
 * returns false otherwise, or when the client sends less.
 */
[[nodiscard]] bool readBody(int socket, Request& request);

/** Writes a whole response: status line, Content-Type, Content-Length, @p extraHeaders ("Name: value\r\n"...). */
void respond(int socket, const std::string& version, int status, const std::string& contentType,
             const std::string& body, const std::string& extraHeaders = std::string());

/** respond() with @p text and a newline as text/plain. */
void respondText(int socket, const std::string& version, int status, const std::string& text,
                 const std::string& extraHeaders = std::string());

/**
 * Listens on 127.0.0.1:@p port (0: any free port), prints "port <N>" on stdout, and calls @p serve for every
 * connection, one at a time, closing it afterwards; returns 0 on SIGTERM or SIGINT or when standard input closes,
 * or prints "<program>: <problem>" and returns 1 when it cannot listen.
 */
int serveLoopback(const char* program, int port, const std::function<void(int socket)>& serve);

/**
 * Waits @p milliseconds inside a request (a slow server), but ends the process at once when it is told to stop
 * (SIGTERM, SIGINT, standard input closed): a test that gave up waiting must not wait for the server's delay again.
 */
void pauseUnlessStopped(int milliseconds);

/** @p text in ASCII lower case. */
[[nodiscard]] std::string lower(std::string text);

} // namespace vanthu::test::http
