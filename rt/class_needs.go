package rt

// Helpers for the classes of translated programs.

// As returns v as a T: the instance of a derived class, the only kind
// that has the attribute attr. Any other value raises AttributeError.
func As[T any](v any, attr string) (T, error) {
	t, ok := v.(T)
	if !ok {
		return t, AttributeError.New("'" + TypeName(v) + "' object has no attribute '" + attr + "'")
	}
	return t, nil
}

// IsA reports isinstance(v, C) for a user class C: T is the Go type of
// C's instances (the class's struct pointer, or its interface when other
// classes derive from it).
func IsA[T any](v any) bool {
	_, ok := v.(T)
	return ok
}

// WithExit ends a with statement on a user context manager: exit is its
// __exit__ (or __aexit__), given the class and value of the exception the
// body raised (nil, nil when it did not). It returns the error that
// leaves the statement: exit's own, the body's unless exit returned
// true, or nil.
func WithExit(err error, exit func(*Class, error) (bool, error)) error {
	var cls *Class
	if err != nil {
		cls = ClassOf(err)
	}
	suppress, exitErr := exit(cls, err)
	if exitErr != nil {
		return exitErr
	}
	if err != nil && !suppress {
		return err
	}
	return nil
}

// ExitCode returns the code attribute of a SystemExit: its argument, None
// without one, the tuple of its arguments when there are several.
func ExitCode(err error) any {
	args := AsExc(err).Args
	switch len(args) {
	case 0:
		return None
	case 1:
		return args[0]
	}
	return Tuple(args)
}
