class AppError(Exception):
    code = 500

class NotFound(AppError):
    code = 404

for cls in (AppError, NotFound):
    try:
        raise cls("x")
    except AppError as e:
        print(type(e).__name__, e.code)
