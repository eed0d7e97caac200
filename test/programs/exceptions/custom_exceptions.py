# User-defined exception hierarchies: extra attributes, __str__, __reduce__-free pickling-free usage, grouping.
class AppError(Exception):
    """Base for the application's errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field, self.problem = field, problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
class NotFound(AppError, LookupError):
    pass
def validate(user):
    if "name" not in user:
        raise ValidationError("name", "required")
    if len(user["name"]) < 2:
        raise ValidationError("name", "too short")
    if user.get("id") == 0:
        raise NotFound(f"user {user['id']}")
    return "valid"
for u in [{"name": "ann"}, {}, {"name": "x"}, {"name": "bob", "id": 0}]:
    try:
        print(validate(u))
    except ValidationError as e:
        print("ValidationError", e, e.args, e.field)
    except LookupError as e:
        print("LookupError", repr(e), isinstance(e, AppError), [c.__name__ for c in type(e).__mro__])
print(AppError.__doc__, AppError("x").__doc__, issubclass(NotFound, KeyError))
class Retry(Exception):
    def __init__(self, attempts):
        self.attempts = attempts
        super().__init__(f"gave up after {attempts} attempts")
def with_retry(fn, n):
    errors = []
    for i in range(n):
        try:
            return fn(i)
        except ValueError as e:
            errors.append(str(e))
    raise Retry(n) from ValueError("; ".join(errors))
try:
    with_retry(lambda i: int("x" * (i + 1)), 3)
except Retry as r:
    print(r, r.attempts, r.__cause__)
print(with_retry(lambda i: 10 // (i - 2) if i == 3 else int("bad") if i < 3 else 0, 4))
