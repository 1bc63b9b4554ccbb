// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/pki/LoopbackHttp.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace vanthu::test::http
{
namespace
{

std::string trim(const std::string& text)
{
    const size_t first = text.find_first_not_of(" \t");
    const size_t last = text.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

/** Appends what the client sends next to @p data; false when it closed or went silent. */
bool receiveMore(int socket, std::string& data)
{
    char buffer[8192];
    for (;;) {
        const ssize_t got = ::recv(socket, buffer, sizeof buffer, 0);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return false;
        }
        data.append(buffer, static_cast<size_t>(got));
        return true;
    }
}

void sendAll(int socket, const std::string& bytes)
{
    size_t sent = 0;
    while (sent < bytes.size()) {
        const ssize_t written = ::send(socket, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            return; // the client went away (e.g. it timed out); nothing to do
        }
        sent += static_cast<size_t>(written);
    }
}

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 415:
        return "Unsupported Media Type";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Error";
    }
}

/** Reads the header lines after the request line into @p request; an error text for a 400, else nothing. */
std::optional<std::string> parseHeaders(const std::string& head, size_t position, Request& request)
{
    while (position < head.size()) {
        size_t end = head.find("\r\n", position);
        if (end == std::string::npos) {
            end = head.size();
        }
        const std::string line = head.substr(position, end - position);
        position = end + 2;
        const size_t colon = line.find(':');
        if (colon == std::string::npos) {
            return "malformed header line";
        }
        const std::string name = lower(trim(line.substr(0, colon)));
        const std::string value = trim(line.substr(colon + 1));
        if (name == "content-length") {
            char* numberEnd = nullptr;
            errno = 0;
            request.contentLength = std::strtol(value.c_str(), &numberEnd, 10);
            if (errno != 0 || numberEnd == value.c_str() || *numberEnd != '\0' || request.contentLength < 0) {
                return "bad Content-Length";
            }
        } else if (name == "content-type") {
            request.contentType = lower(value);
        } else if (name == "transfer-encoding") {
            return "only requests with a Content-Length are served";
        }
    }
    return std::nullopt;
}

int signalPipe[2] = {-1, -1};

void onTerminate(int /*signal*/)
{
    const char byte = 1;
    if (::write(signalPipe[1], &byte, 1) < 0) {
        _exit(0); // the loop cannot be told; leave at once
    }
}

} // namespace

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::optional<Request> readHead(int socket)
{
    timeval timeout{10, 0};
    setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::string data;
    size_t headerEnd = std::string::npos;
    while ((headerEnd = data.find("\r\n\r\n")) == std::string::npos) {
        if (data.size() > MaximumHeaderBytes) {
            respondText(socket, "HTTP/1.0", 400, "header too long");
            return std::nullopt;
        }
        if (!receiveMore(socket, data)) {
            return std::nullopt; // closed or silent before a full header: nobody to answer
        }
    }
    const std::string head = data.substr(0, headerEnd);
    Request request;
    request.body = data.substr(headerEnd + 4);

    const size_t lineEnd = head.find("\r\n");
    const std::string requestLine = head.substr(0, lineEnd);
    const size_t firstSpace = requestLine.find(' ');
    const size_t lastSpace = requestLine.rfind(' ');
    request.version = lastSpace != std::string::npos ? requestLine.substr(lastSpace + 1) : std::string();
    if (firstSpace == std::string::npos || lastSpace == firstSpace
        || (request.version != "HTTP/1.0" && request.version != "HTTP/1.1")) {
        respondText(socket, "HTTP/1.0", 400, "malformed request line");
        return std::nullopt;
    }
    request.method = requestLine.substr(0, firstSpace);
    request.target = requestLine.substr(firstSpace + 1, lastSpace - firstSpace - 1);
    if (auto error = parseHeaders(head, lineEnd == std::string::npos ? head.size() : lineEnd + 2, request)) {
        respondText(socket, request.version, 400, *error);
        return std::nullopt;
    }
    return request;
}

bool readBody(int socket, Request& request)
{
    if (request.contentLength < 0 || static_cast<size_t>(request.contentLength) > MaximumBodyBytes) {
        respondText(socket, request.version, 400, "a Content-Length of at most 64 KiB is required");
        return false;
    }
    const auto length = static_cast<size_t>(request.contentLength);
    while (request.body.size() < length) {
        if (!receiveMore(socket, request.body)) {
            respondText(socket, request.version, 400, "body shorter than its Content-Length");
            return false;
        }
    }
    request.body.resize(length);
    return true;
}

void respond(int socket, const std::string& version, int status, const std::string& contentType,
             const std::string& body, const std::string& extraHeaders)
{
    std::string head = version + " " + std::to_string(status) + " " + reasonPhrase(status) + "\r\n";
    head += "Content-Type: " + contentType + "\r\n";
    head += "Content-Length: " + std::to_string(body.size()) + "\r\n";
    head += extraHeaders;
    head += "Connection: close\r\n\r\n";
    sendAll(socket, head + body);
}

void respondText(int socket, const std::string& version, int status, const std::string& text,
                 const std::string& extraHeaders)
{
    respond(socket, version, status, "text/plain; charset=utf-8", text + "\n", extraHeaders);
}

void pauseUnlessStopped(int milliseconds)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point end = Clock::now() + std::chrono::milliseconds(milliseconds);
    for (Clock::time_point now = Clock::now(); now < end; now = Clock::now()) {
        pollfd watched[2] = {{STDIN_FILENO, POLLIN, 0}, {signalPipe[0], POLLIN, 0}};
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(end - now).count();
        const int ready = ::poll(watched, signalPipe[0] >= 0 ? 2 : 1, static_cast<int>(left) + 1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready > 0 && (watched[1].revents != 0 || (watched[0].revents & (POLLHUP | POLLERR)) != 0)) {
            std::_Exit(0);
        }
        if (ready > 0 && (watched[0].revents & POLLIN) != 0) {
            char discard[256];
            if (::read(STDIN_FILENO, discard, sizeof discard) <= 0) {
                std::_Exit(0); // standard input closed
            }
        }
    }
}

int serveLoopback(const char* program, int port, const std::function<void(int socket)>& serve)
{
    if (::pipe(signalPipe) != 0) {
        std::fprintf(stderr, "%s: pipe failed\n", program);
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    signal(SIGPIPE, SIG_IGN);

    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int reuse = 1;
    sockaddr_in address = {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only, never another interface
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    socklen_t length = sizeof address;
    if (listener < 0 || setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse) != 0
        || ::bind(listener, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0
        || ::listen(listener, 16) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        std::fprintf(stderr, "%s: cannot listen on 127.0.0.1: %s\n", program, std::strerror(errno));
        return 1;
    }
    std::printf("port %d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    pollfd watched[3] = {{listener, POLLIN, 0}, {STDIN_FILENO, POLLIN, 0}, {signalPipe[0], POLLIN, 0}};
    for (;;) {
        if (::poll(watched, 3, -1) < 0) {
            if (errno == EINTR) {
                continue;
            }
            std::fprintf(stderr, "%s: poll: %s\n", program, std::strerror(errno));
            return 1;
        }
        if (watched[2].revents != 0) {
            break; // SIGTERM or SIGINT
        }
        if (watched[1].revents != 0) {
            char discard[256];
            const ssize_t got = ::read(STDIN_FILENO, discard, sizeof discard);
            if (got <= 0 && !(got < 0 && errno == EINTR)) {
                break; // standard input closed: whoever started us is gone or done
            }
        }
        if ((watched[0].revents & POLLIN) != 0) {
            const int client = ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                serve(client);
                ::shutdown(client, SHUT_WR);
                ::close(client);
            }
        }
    }
    ::close(listener);
    return 0;
}

} // namespace vanthu::test::http
