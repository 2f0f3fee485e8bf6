package playground

import (
	"bytes"
	"context"
)

type outputLimitKey struct{}

// OutputBuffer returns a writer for a Run function to capture stdout or
// stderr in. It keeps only as much as the playground shows (Options.MaxOutput
// for the request whose ctx this is, plus one byte so that the cut is
// noticed) and discards the rest without failing the program's writes.
func OutputBuffer(ctx context.Context) *LimitedBuffer {
	n, ok := ctx.Value(outputLimitKey{}).(int)
	if !ok {
		n = defaultMaxOutput
	}
	return &LimitedBuffer{Limit: n + 1}
}

// LimitedBuffer is an io.Writer that keeps the first Limit bytes written
// to it and counts the others.
type LimitedBuffer struct {
	Limit   int
	Dropped int64
	buf     bytes.Buffer
}

// Write keeps what fits and always reports success.
func (b *LimitedBuffer) Write(p []byte) (int, error) {
	keep := min(len(p), max(b.Limit-b.buf.Len(), 0))
	b.buf.Write(p[:keep])
	b.Dropped += int64(len(p) - keep)
	return len(p), nil
}

// String returns the bytes kept.
func (b *LimitedBuffer) String() string { return b.buf.String() }
