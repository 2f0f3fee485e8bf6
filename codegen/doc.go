// Package codegen writes the Go program for a checked Python module. It
// uses jennifer to build the file, so imports are tracked and the output is
// gofmt-formatted. Every Python statement is preceded by a //line directive
// (Options.LineDirectives, on in DefaultOptions) so that Go stack traces,
// and the runtime's tracebacks and task reprs built from them, name Python
// lines.
//
// The shape of the output:
//
//   - module-level code becomes the body of rt.Main in func main;
//   - async def f(x) becomes func f(x int) (T, error), or func f(x int) error
//     when it returns None; a sync def returns an error only when it can
//     raise; "await f(a)" is a direct call and an error check;
//   - a coroutine object (create_task(f(a)), gather(f(a), ...)) becomes
//     rt.NewCoro("f", func() (T, error) { return f(a) }), with arguments
//     that could change before it runs copied first;
//   - Python exceptions are Go errors: try/except routes the error of a
//     single call with "if err := f(); err != nil", and the errors of a
//     longer body through a closure "err := func() error {...}()";
//   - classes become structs with a New constructor and methods; exception
//     classes are rt.Class values (with a struct embedding rt.Exc when
//     they have an __init__);
//   - names are kept; Go keywords, predeclared names and main/init get a
//     trailing underscore (main -> main_).
//
// Anything codegen cannot express is a diag.List error at the Python
// position, never Go that does not compile.
package codegen
