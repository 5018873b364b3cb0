from datetime import datetime, timedelta

print(datetime(2024, 1, 1) + timedelta(hours=1))
print(datetime(2024, 1, 1, tzinfo=None))
from datetime import timezone
print(datetime(2024, 1, 1, tzinfo=timezone.utc))
