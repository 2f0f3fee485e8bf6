// Package codegen writes the Go program for a checked Python module. It
// uses jennifer to build the file, so imports are tracked and the output is
// gofmt-formatted. Every Python statement is preceded by a //line directive
// (unless Options.LineDirectives is off) so that Go stack traces, and the
// runtime's tracebacks and task reprs built from them, name Python lines.
//
// The shape of the output:
//
//   - module-level code becomes the body of rt.Main in func main;
//   - async def f(x) becomes func f(x int) (T, error), or func f(x int) error
//     when it returns None; "await f(a)" is a direct call and an error check;
//   - a coroutine object (create_task(f(a)), gather(f(a), ...)) becomes
//     rt.NewCoro("f", func() (T, error) { return f(a) });
//   - Python exceptions are Go errors; try/except routes the errors of the
//     calls in the try body to the handlers.
package codegen
