/* The floor: how long libcmark alone takes to render a corpus's Markdown.
 *
 * Usage: cmark_floor CONTENT_DIR
 * Reads every .md file under CONTENT_DIR into memory (front matter skipped),
 * then renders each with cmark_markdown_to_html. Prints two lines, times in seconds:
 *   read <files> <bytes> <seconds>
 *   render <files> <bytes of HTML> <seconds>
 * Build: gcc -O2 cmark_floor.c $(pkg-config --cflags --libs libcmark)
 */
#define _XOPEN_SOURCE 700
#include <cmark.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct body { char *text; size_t length; };

static struct body *bodies;
static size_t count, capacity, bytes_read;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

/* The Markdown after the front matter: after the second line that is exactly "---". */
static size_t body_start(const char *text, size_t length) {
    if (length < 4 || strncmp(text, "---\n", 4) != 0) return 0;
    for (size_t i = 4; i + 4 <= length; i++) {
        if (text[i - 1] == '\n' && strncmp(text + i, "---", 3) == 0 && (text[i + 3] == '\n' || i + 3 == length))
            return i + 3 < length ? i + 4 : length;
    }
    return 0;
}

static int read_markdown(const char *path, const struct stat *info, int type, struct FTW *where) {
    (void)where;
    size_t name_length = strlen(path);
    if (type != FTW_F || name_length < 3 || strcmp(path + name_length - 3, ".md") != 0) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) { perror(path); return 1; }
    char *text = malloc((size_t)info->st_size + 1);
    size_t length = text ? fread(text, 1, (size_t)info->st_size, file) : 0;
    fclose(file);
    if (!text) { fprintf(stderr, "out of memory\n"); return 1; }
    if (count == capacity) {
        capacity = capacity ? capacity * 2 : 1024;
        bodies = realloc(bodies, capacity * sizeof *bodies);
        if (!bodies) { fprintf(stderr, "out of memory\n"); return 1; }
    }
    size_t start = body_start(text, length);
    bodies[count++] = (struct body){ text + start, length - start };
    bytes_read += length;
    return 0;
}

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s CONTENT_DIR\n", argv[0]); return 2; }
    double started = now();
    if (nftw(argv[1], read_markdown, 32, FTW_PHYS) != 0) {
        fprintf(stderr, "cmark_floor: could not read %s\n", argv[1]);
        return 1;
    }
    if (count == 0) { fprintf(stderr, "cmark_floor: no .md files under %s\n", argv[1]); return 1; }
    double read_done = now();
    size_t html_bytes = 0;
    for (size_t i = 0; i < count; i++) {
        char *html = cmark_markdown_to_html(bodies[i].text, bodies[i].length, CMARK_OPT_DEFAULT);
        html_bytes += strlen(html);
        free(html);
    }
    double render_done = now();
    printf("read %zu %zu %.6f\n", count, bytes_read, read_done - started);
    printf("render %zu %zu %.6f\n", count, html_bytes, render_done - read_done);
    return 0;
}
